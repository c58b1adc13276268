// Next.js configuration: the sandbox pool forks worker processes, so isolated-vm and the
// TypeScript compiler stay out of the server bundle.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['isolated-vm', 'typescript', 'esbuild'],
  poweredByHeader: false,
};
export default nextConfig;
