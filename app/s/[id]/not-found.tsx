// Shown (with HTTP 404) when /s/<id> names no snippet.
import { SnippetNotFound } from '../../_components/share/SnippetNotFound.tsx';

export default SnippetNotFound;
