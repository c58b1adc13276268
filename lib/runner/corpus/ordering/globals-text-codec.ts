// TextEncoder/TextDecoder: UTF-8 both ways, replacement characters, BOM, fatal mode and streaming.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const enc = new TextEncoder();
const bytes = enc.encode('añ€😀');
console.log(enc.encoding, bytes.length, [...bytes].join(' '));
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM, dec.decode(bytes));
console.log(JSON.stringify(dec.decode(new Uint8Array([0x61, 0xff, 0x62, 0xe2, 0x82]))));
console.log(JSON.stringify(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))), JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68]))));
const stream = new TextDecoder();
const euro = enc.encode('€');
console.log(stream.decode(euro.subarray(0, 1), { stream: true }) + '|' + stream.decode(euro.subarray(1), { stream: true }) + '|' + stream.decode());
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xc3])); } catch (e: any) { console.log(e.name); }
console.log(JSON.stringify(enc.encodeInto('héllo', new Uint8Array(3))), enc.encode().length, enc.encode(undefined).length);
console.log(new TextDecoder().decode(enc.encode('\ud800x')).length, new TextDecoder().decode(new Uint16Array([0x6968]).buffer));
console.log(new TextEncoder(), new TextDecoder('utf8', { fatal: true }), Object.prototype.toString.call(new TextDecoder()));
