// console.table measures cells by display width: CJK and emoji take two columns.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.table([{ name: '日本語', n: 1 }, { name: 'abc', n: 22 }]);
console.table({ row: { city: '東京', emoji: '😀😀' }, other: { city: 'Paris', emoji: 'ok' } });
console.table(['한국어', 'x']);
console.table([{ 'カラム': 'v' }]);
console.table([{ mixed: 'a漢b', combining: 'e\u0301' }]);
console.log(Array.from({ length: 12 }, (_, i) => '語'.repeat(i % 4 + 1)));
console.log(['😀', 'ab', '漢字', 'x', 'ñ', 'e\u0301', '한', 'zz', '東京都']);
