/* ctype.c: the byte class table behind ctype.h. */
#include "ctype.h"

#define D(c) [c] = EVG_C_DIGIT
#define L(c) [c] = EVG_C_UPPER, [c + 32] = EVG_C_LOWER
const unsigned char evg_ctype[256] = {
	D('0'), D('1'), D('2'), D('3'), D('4'), D('5'), D('6'), D('7'), D('8'),
	D('9'),
	L('A'), L('B'), L('C'), L('D'), L('E'), L('F'), L('G'), L('H'), L('I'),
	L('J'), L('K'), L('L'), L('M'), L('N'), L('O'), L('P'), L('Q'), L('R'),
	L('S'), L('T'), L('U'), L('V'), L('W'), L('X'), L('Y'), L('Z'),
	[' '] = EVG_C_SPACE, ['\t'] = EVG_C_SPACE, ['\n'] = EVG_C_SPACE,
	['\r'] = EVG_C_SPACE, ['\f'] = EVG_C_SPACE, ['\v'] = EVG_C_SPACE};
