// console.log shows an async function as [AsyncFunction: name], alone and inside objects.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function fetchUser() {}
const save = async () => {};
class Store { async load() {} }
console.log(fetchUser);
console.log(save);
console.log(Store.prototype.load);
console.log({ fetchUser, save });
console.log([async () => {}]);
console.log(String(typeof fetchUser), `${fetchUser.name}`);
