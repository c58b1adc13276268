// Shown (with HTTP 404) when /embed/<id> names no snippet.
import { SnippetNotFound } from '../../_components/share/SnippetNotFound.tsx';

export default SnippetNotFound;
