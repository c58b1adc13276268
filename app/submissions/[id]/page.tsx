// /submissions/<id>: one submission's code (read-only), its recorded run and its check results.
import { Refused } from '../../_components/classroom/Refused.tsx';
import { SubmissionView } from '../../_components/classroom/SubmissionView.tsx';
import { access } from '../../_components/classroom/page-access.ts';
import { requirePageUser } from '../../_components/classroom/session-user.ts';
import { cachedBuiltinsDts } from '../../_lib/cached-builtins-dts.ts';
import { loadSubmission } from './load-submission.ts';

export const metadata = { title: 'Submission — Taskline' };

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/submissions/${id}`);
  const loaded = await access(() => loadSubmission(user, id));
  if (!loaded.ok) return <Refused user={user} reason={loaded.reason} />;
  return <SubmissionView {...loaded.value} user={{ username: user.username, role: user.role }} builtinsDts={await cachedBuiltinsDts()} />;
}
