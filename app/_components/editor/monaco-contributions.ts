// The Monaco editor contributions a learner's playground uses, one import each, instead of
// monaco-editor/features/register.all.js (all ~60: inline completions, sticky scroll, color
// picker, code lens…), so less of Monaco is parsed and run before the editor is typeable.
// A contribution has to be imported before the editor is created: this file is, by MonacoEditor.tsx.
import 'monaco-editor/features/codicon/register.js'; // the icon font of the suggest list, find widget, folding
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js'; // IntelliSense: Ctrl+Space, suggest as you type
import 'monaco-editor/features/hover/register.js'; // types and docs on hover, error messages of markers
import 'monaco-editor/features/parameterHints/register.js'; // signature help while typing arguments
import 'monaco-editor/features/find/register.js'; // Ctrl+F find, Ctrl+H replace
import 'monaco-editor/features/folding/register.js'; // fold blocks in the gutter
import 'monaco-editor/features/bracketMatching/register.js'; // highlight the matching bracket
import 'monaco-editor/features/comment/register.js'; // Ctrl+/ toggles comments
import 'monaco-editor/features/multicursor/register.js'; // Alt+click, Ctrl+D: several cursors
import 'monaco-editor/features/clipboard/register.js'; // Ctrl+C/X/V and the context menu's clipboard items
import 'monaco-editor/features/contextmenu/register.js'; // the right-click menu
import 'monaco-editor/features/toggleTabFocusMode/register.js'; // Ctrl+M lets Tab leave the editor (the label says so)
import 'monaco-editor/features/readOnlyMessage/register.js'; // "press Fork to edit" when typing into a shared snippet
import 'monaco-editor/features/wordOperations/register.js'; // Ctrl+Left/Right and Ctrl+Backspace/Delete by word
import 'monaco-editor/features/linesOperations/register.js'; // Alt+Up/Down moves a line, Ctrl+Shift+K deletes it, Ctrl+]/[ indents
