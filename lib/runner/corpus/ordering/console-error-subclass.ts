// Error subclasses print with their own name; an own name is not printed twice.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
Error.stackTraceLimit = 0;
class ValidationError extends Error {}
console.log(new ValidationError('bad input'));
console.log([new ValidationError('in array')]);
console.log({ err: new ValidationError('in object') });
class NamedError extends Error {
  constructor(message) { super(message); this.name = 'NamedError'; }
}
console.log(new NamedError('own name'));
class Renamed extends Error {
  constructor(message) { super(message); this.name = 'Custom'; }
}
console.log(new Renamed('differs from class'));
class ProtoName extends Error {}
ProtoName.prototype.name = 'ProtoName';
console.log(new ProtoName('prototype name'));
const withProps = new ValidationError('with props');
withProps.field = 'email';
withProps.code = 42;
console.log(withProps);
console.log(new TypeError('type'), new RangeError('range'));
class HttpError extends Error {
  constructor(status) { super('HTTP ' + status); this.status = status; }
}
console.log(new HttpError(404));
const e = new Error('plain');
e.name = 'Plain';
console.log(e);
