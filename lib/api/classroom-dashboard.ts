// The teacher dashboard as the API answers it: the use case's view (lib/usecases/classroom/), with
// dates as ISO strings by JSON. Kept as the route's import so pages and routes share one home.
export { teacherDashboard, type TeacherDashboardView } from '../usecases/classroom/dashboard.ts';
export { dashboardCsvChunks, csvStream } from '../usecases/classroom/dashboard-csv.ts';
