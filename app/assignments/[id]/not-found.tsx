// 404 for an assignment that does not exist or is not in one of the viewer's classes.
import { ClassroomNotFound } from '../../_components/classroom/ClassroomNotFound.tsx';

export default ClassroomNotFound;
