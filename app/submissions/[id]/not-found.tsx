// 404 for a submission that does not exist or is someone else's: the same answer for both.
import { ClassroomNotFound } from '../../_components/classroom/ClassroomNotFound.tsx';

export default ClassroomNotFound;
