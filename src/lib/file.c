#define _POSIX_C_SOURCE 200809L /* mkstemp, fsync */
/* file.c: whole-file reads and atomic writes. Outputs go to a temporary
 * file in the target's directory, are fsynced and renamed into place, so
 * an interrupted run leaves the previous output intact, and an output
 * path that names an input is refused. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "evgraph.h"

static int S_err(char *errmsg, size_t errlen, int code, const char *path,
                 const char *what)
{
	if (errmsg && errlen)
		snprintf(errmsg, errlen, "%s: %s", path, what);
	return code;
}

/* Room for a file of `size` bytes and one more, so that the end of
 * the file is seen without growing the buffer. A regular file is read
 * into one allocation of its size: growing by doubling would copy it and
 * touch up to twice its pages. */
static void S_reserve(evg_buf *b, const struct stat *st, size_t max_bytes)
{
	size_t want;
	if (!S_ISREG(st->st_mode) || st->st_size <= 0)
		return;
	want = (size_t)st->st_size;
	if ((off_t)want != st->st_size || (max_bytes && want > max_bytes))
		return; /* refused below, once read that far */
	if (want + 2 > b->cap) {
		b->ptr = evg_realloc(b->mem, b->ptr, want + 2, 1);
		b->cap = want + 2;
	}
}

/* The next bytes of the input: stdin through stdio (the caller may have
 * read from it there already), a file through its descriptor, which
 * spares stdio's own fstat, buffer and copy for every document of a
 * corpus. Returns the count, 0 at the end, -1 on error (errno set). */
static long S_pull(FILE *f, int fd, char *p, size_t want)
{
	ssize_t n;
	if (f) {
		size_t got = fread(p, 1, want, f);
		return got || !ferror(f) ? (long)got : -1;
	}
	do
		n = read(fd, p, want);
	while (n < 0 && errno == EINTR);
	return (long)n;
}

int evg_file_read(char **out, size_t *out_len, const char *path,
                  size_t max_bytes, char *errmsg, size_t errlen)
{
	evg_buf b = EVG_BUF_INIT(evg_default_mem());
	int is_stdin = !strcmp(path, "-");
	FILE *f = is_stdin ? stdin : NULL;
	int fd = is_stdin ? -1 : open(path, O_RDONLY | O_CLOEXEC);
	size_t whole = 0; /* a regular file's size, when it fits the buffer */
	long n;
	struct stat st;
	*out = NULL;
	*out_len = 0;
	if (!is_stdin && fd < 0)
		return S_err(errmsg, errlen, EVG_EIO, path, strerror(errno));
	if (fstat(is_stdin ? fileno(stdin) : fd, &st) == 0) {
		if (!is_stdin && S_ISDIR(st.st_mode)) {
			close(fd);
			return S_err(errmsg, errlen, EVG_EIO, path, "is a directory");
		}
		S_reserve(&b, &st, max_bytes);
		if (b.cap)
			whole = (size_t)st.st_size;
	}
	for (;;) {
		size_t want;
		if (b.cap - b.len < 2)
			evg_buf_grow(&b, 65536);
		want = b.cap - b.len - 1;
		/* one byte past the limit tells a file is over it; reading more
		 * would hold up to twice the limit before refusing */
		if (max_bytes && want > max_bytes + 1 - b.len)
			want = max_bytes + 1 - b.len;
		if ((n = S_pull(f, fd, b.ptr + b.len, want)) <= 0)
			break;
		b.len += (size_t)n;
		if (max_bytes && b.len > max_bytes) {
			if (!is_stdin)
				close(fd);
			evg_buf_free(&b);
			return S_err(errmsg, errlen, EVG_ELIMIT, path,
			             "larger than the input size limit");
		}
		/* All the bytes fstat promised, in fewer than were asked for:
		 * the file as it was when opened, without one more read for the
		 * end (a system call costs as much as a small document). */
		if (whole && b.len == whole && (size_t)n < want)
			break;
	}
	if (n < 0) {
		int e = errno;
		if (!is_stdin)
			close(fd);
		evg_buf_free(&b);
		return S_err(errmsg, errlen, EVG_EIO, path, strerror(e));
	}
	if (!is_stdin)
		close(fd);
	*out = evg_buf_detach(&b, out_len);
	return 0;
}

/* 1 when path and one of the inputs are the same file. */
static int S_is_input(const char *path, const char *const *inputs, size_t n)
{
	struct stat out, in;
	size_t i;
	if (stat(path, &out) != 0)
		return 0;
	for (i = 0; i < n; i++)
		if (inputs[i] && strcmp(inputs[i], "-") && stat(inputs[i], &in) == 0 &&
		    in.st_dev == out.st_dev && in.st_ino == out.st_ino)
			return 1;
	return 0;
}

int evg_file_remove_output(const char *path, const char *const *inputs,
                           size_t ninputs, char *errmsg, size_t errlen)
{
	if (S_is_input(path, inputs, ninputs))
		return S_err(errmsg, errlen, EVG_EINVALID, path, "is an input, not removed");
	if (unlink(path) != 0 && errno != ENOENT)
		return S_err(errmsg, errlen, EVG_EIO, path, strerror(errno));
	return 0;
}

static int S_write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t w = write(fd, data, len);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += w;
		len -= (size_t)w;
	}
	return 0;
}

struct evg_file_out {
	int fd;
	int err;  /* errno of the first failed write, 0 while all is well */
	char *tmp; /* "<path>.tmp-XXXXXX" */
	char *path;
};

int evg_file_open_temp(evg_file_out **out, const char *path,
                       const char *const *inputs, size_t ninputs,
                       char *errmsg, size_t errlen)
{
	evg_buf tmp = EVG_BUF_INIT(evg_default_mem());
	evg_file_out *o;
	int fd, e;
	*out = NULL;
	if (S_is_input(path, inputs, ninputs))
		return S_err(errmsg, errlen, EVG_EINVALID, path,
		             "refusing to overwrite an input file");
	evg_buf_printf(&tmp, "%s.tmp-XXXXXX", path);
	fd = mkstemp(tmp.ptr);
	if (fd < 0) {
		e = errno;
		evg_buf_free(&tmp);
		return S_err(errmsg, errlen, EVG_EIO, path, strerror(e));
	}
	o = evg_calloc(evg_default_mem(), 1, sizeof *o);
	o->fd = fd;
	o->tmp = evg_buf_detach(&tmp, NULL);
	o->path = evg_strndup(evg_default_mem(), path, strlen(path));
	*out = o;
	return 0;
}

int evg_file_out_write(void *out, const char *data, size_t len)
{
	evg_file_out *o = out;
	if (!o->err && S_write_all(o->fd, data, len))
		o->err = errno ? errno : EIO;
	return o->err ? -1 : 0;
}

static void S_out_free(evg_file_out *o)
{
	evg_free(o->tmp);
	evg_free(o->path);
	evg_free(o);
}

void evg_file_discard_temp(evg_file_out *o)
{
	if (!o)
		return;
	close(o->fd);
	unlink(o->tmp);
	S_out_free(o);
}

int evg_file_close_temp(evg_file_out *o, char **tmp_path, char *errmsg,
                        size_t errlen)
{
	int e = o->err;
	*tmp_path = NULL;
	if (!e && fsync(o->fd))
		e = errno;
	if (close(o->fd) && !e)
		e = errno;
	if (e) {
		int rc = S_err(errmsg, errlen, EVG_EIO, o->path, strerror(e));
		unlink(o->tmp);
		S_out_free(o);
		return rc;
	}
	{
		/* mkstemp makes the file 0600; outputs are ordinary files. */
		mode_t mask = umask(0);
		umask(mask);
		chmod(o->tmp, 0666 & ~mask);
	}
	*tmp_path = o->tmp;
	o->tmp = NULL;
	S_out_free(o);
	return 0;
}

int evg_file_write_temp(const char *path, const char *data, size_t len,
                        const char *const *inputs, size_t ninputs,
                        char **tmp_path, char *errmsg, size_t errlen)
{
	evg_file_out *o;
	int rc = evg_file_open_temp(&o, path, inputs, ninputs, errmsg, errlen);
	*tmp_path = NULL;
	if (rc)
		return rc;
	(void)evg_file_out_write(o, data, len); /* reported by the close */
	return evg_file_close_temp(o, tmp_path, errmsg, errlen);
}

int evg_file_commit(const char *tmp_path, const char *path, char *errmsg,
                    size_t errlen)
{
	if (rename(tmp_path, path) != 0) {
		int e = errno;
		unlink(tmp_path);
		return S_err(errmsg, errlen, EVG_EIO, path, strerror(e));
	}
	return 0;
}

int evg_file_write_atomic(const char *path, const char *data, size_t len,
                          const char *const *inputs, size_t ninputs,
                          char *errmsg, size_t errlen)
{
	char *tmp;
	int rc;
	if (!strcmp(path, "-")) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout))
			return S_err(errmsg, errlen, EVG_EIO, "<stdout>", strerror(errno));
		return 0;
	}
	rc = evg_file_write_temp(path, data, len, inputs, ninputs, &tmp, errmsg, errlen);
	if (!rc)
		rc = evg_file_commit(tmp, path, errmsg, errlen);
	evg_free(tmp);
	return rc;
}
