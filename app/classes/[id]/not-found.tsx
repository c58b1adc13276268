// 404 for a class that does not exist or is not the viewer's.
import { ClassroomNotFound } from '../../_components/classroom/ClassroomNotFound.tsx';

export default ClassroomNotFound;
