// The shape of an entry in the examples menu.
export interface Example {
  id: string;
  title: string;
  /** One or two sentences on what this example's timeline teaches. */
  lesson: string;
  code: string;
}
