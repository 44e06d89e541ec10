import { useAppStore } from '../../store';
import { displayName, nodeKind, nodeSettings } from '../plugins/registry';
import { NameField } from './inspector/NameField';
import { PanelEmpty, PanelHeading } from './PanelChrome';

/**
 * Every setting of the selected node under its AWS name, with range, default and reset. Values
 * are checked by the live world and only then written to the document.
 */
export function Inspector() {
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === s.selectedNodeId));
  if (node === undefined)
    return <PanelEmpty title="Inspector">Select a node to see its settings.</PanelEmpty>;
  const kind = nodeKind(node.type);
  return (
    <section aria-labelledby="inspector-heading" className="p-3">
      <PanelHeading
        id="inspector-heading"
        title={displayName(node)}
        subtitle={kind?.title ?? node.type}
      />
      {/* Keyed by name: a rename (or undo) starts the draft again from the name in the document. */}
      <NameField key={`${node.id}|${displayName(node)}`} node={node} />
      {/* Keyed by node: field drafts and errors belong to one node. */}
      {kind !== undefined && (
        <kind.settings key={node.id} node={node} settings={nodeSettings(node.type)} />
      )}
    </section>
  );
}
