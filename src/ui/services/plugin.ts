import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import type { ComponentType, ReactNode } from 'react';
import type {
  EdgeType,
  NodeType,
  Scenario,
  ScenarioEdge,
  ScenarioNode,
  ServiceDescription,
  SettingSchema,
} from '../../engine';

/** An entry of the palette: what it adds, how it reads, and the config the new node starts with. */
export interface PaletteEntry {
  readonly key: string;
  readonly label: string;
  readonly icon: ReactNode;
  /** Settings the engine accepts as they are; names unique among the scenario's nodes. */
  config(scenario: Pick<Scenario, 'nodes'>): Record<string, unknown>;
}

/** How the canvas shows one node type a service brings. */
export interface UiNodeKind {
  readonly type: NodeType;
  /** Its React Flow node component (props: NodeProps<PlaygroundNode>). */
  readonly component: NodeTypes[string];
  /** The inspector's subtitle ("Lambda function (SQS event source mapping)"). */
  readonly title: string;
  /** The inspector's settings for this kind; `settings`: its schema, from its description. */
  readonly settings: ComponentType<{ node: ScenarioNode; settings: readonly SettingSchema[] }>;
  /** A resource named by its config (a queue's QueueName): the name's label, and the rename. */
  readonly naming?: {
    readonly label: string;
    rename(scenario: Scenario, node: ScenarioNode, name: string): Renamed;
  };
  /** New nodes' ids: "<prefix>-<n>". */
  readonly idPrefix: string;
  /** Where a new node goes, left to right: 0 senders, 1 resources, 2 readers. */
  readonly column: number;
  readonly palette: readonly PaletteEntry[];
}

/** A renamed scenario, or why the name is refused (in a sentence). */
export type Renamed = { ok: true; scenario: Scenario } | { ok: false; reason: string };

/** How the canvas draws one edge type a service brings. */
export interface UiEdgeKind {
  readonly type: EdgeType;
  /** Its React Flow edge component (props: EdgeProps<PlaygroundEdge>). */
  readonly component: EdgeTypes[string];
  readonly color: string;
  /** The edge read aloud: "<source> <verb> <target>". */
  readonly verb: string;
  /** The handles it leaves from and arrives at (ids the nodes' handles carry). */
  readonly sourceHandle: string;
  readonly targetHandle: string;
  /** More words for its label (", maxReceiveCount 3"). */
  detail?(edge: ScenarioEdge): string;
}

/** What a service brings to the page; the shell reads these and never names a service. */
export interface UiService {
  readonly name: string;
  /** The engine's description of the service: its words, scenario kinds and connection rules. */
  readonly description: ServiceDescription;
  readonly nodes: readonly UiNodeKind[];
  readonly edges: readonly UiEdgeKind[];
}
