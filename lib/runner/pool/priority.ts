// Background work (a teacher's regrade) queues under a client key with this prefix: the pool serves
// such clients after everyone else and caps the workers they hold, as it does heavy clients.

export const LOW_PRIORITY_PREFIX = 'low:';

export const isLowPriority = (client: string): boolean => client.startsWith(LOW_PRIORITY_PREFIX);
