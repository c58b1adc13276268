// The playground page. A server component only to read the built-ins' declarations at build
// time; everything interactive lives in the client Playground.
import { Playground } from './_components/Playground';
import { loadBuiltinsDts } from './_components/editor/load-builtins-dts';

export default async function HomePage() {
  return <Playground builtinsDts={await loadBuiltinsDts()} />;
}
