import { useAppStore } from '../../store';
import { displayName } from '../canvas/nodeKinds';
import { ActorSettings } from './inspector/ActorSettings';
import { NameField } from './inspector/NameField';
import { QueueSettings } from './inspector/QueueSettings';
import { PanelEmpty, PanelHeading } from './PanelChrome';

const KIND_LABEL: Record<string, string> = {
  'sqs-queue': 'SQS queue',
  producer: 'Producer',
  consumer: 'Consumer',
  'lambda-sqs': 'Lambda function (SQS event source mapping)',
  'autoscaling-consumers': 'Auto Scaling group of consumers',
};

/**
 * Every setting of the selected node under its AWS name, with range, default and reset. Values
 * are checked by the live world and only then written to the document.
 */
export function Inspector() {
  const node = useAppStore((s) => s.scenario.nodes.find((n) => n.id === s.selectedNodeId));
  if (node === undefined)
    return <PanelEmpty title="Inspector">Select a node to see its settings.</PanelEmpty>;
  return (
    <section aria-labelledby="inspector-heading" className="p-3">
      <PanelHeading
        id="inspector-heading"
        title={displayName(node)}
        subtitle={KIND_LABEL[node.type] ?? node.type}
      />
      {/* Keyed by name: a rename (or undo) starts the draft again from the name in the document. */}
      <NameField key={`${node.id}|${displayName(node)}`} node={node} />
      {/* Keyed by node: field drafts and errors belong to one node. */}
      {node.type === 'sqs-queue' ? (
        <QueueSettings key={node.id} node={node} />
      ) : (
        <ActorSettings key={node.id} node={node} />
      )}
    </section>
  );
}
