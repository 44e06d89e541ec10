import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import type { ComponentType, ReactNode } from 'react';
import type {
  EngineEvent,
  EdgeType,
  NodeType,
  Scenario,
  ScenarioEdge,
  ScenarioNode,
  ServiceDescription,
  SettingSchema,
} from '../../engine';
import type { AppStore } from '../../store';
import type { PlaceOf } from '../canvas/tokens';

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
  /** The inspector's subtitle ("Lambda function (event source mapping)"). */
  readonly title: string;
  /** The inspector's settings for this kind; `settings`: its schema, from its description. */
  readonly settings: ComponentType<{ node: ScenarioNode; settings: readonly SettingSchema[] }>;
  /** A resource named by its config (say, a name member): the name's label, and the rename. */
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

/** A built-in scenario as the picker lists it. */
export interface BuiltInScenario {
  /** Stable id, also usable in links (`#builtin=<id>`) and tests. */
  readonly id: string;
  /** One line for the picker. */
  readonly summary: string;
  readonly scenario: Scenario;
}

/** A tab of the details panel a service brings (its messages, a send form). */
export interface UiPanel {
  readonly id: string;
  readonly label: string;
  readonly Panel: ComponentType;
}

/** What a service's events do on the running canvas (src/ui/canvas/live.ts). */
export interface UiLive {
  /** Starts following a store's events before any view reads them (views then have history). */
  follow?(store: AppStore): void;
  /** Where its events put tokens in one world, found among its own nodes (made once per world). */
  places(world: Pick<Scenario, 'nodes' | 'edges'>, store: AppStore): PlaceOf;
}

/** A filter button of the event log; services (and the shell) naming one key share its button. */
export interface LogGroup {
  readonly key: string;
  readonly label: string;
}

/** Events worth interrupting a screen reader for; several in a while are read as a count. */
export interface Moment {
  readonly type: EngineEvent['type'];
  plural(count: number): string;
}

/** Gauges that share a unit, drawn on one chart. A counter is shown as a per-minute rate. */
export interface ChartGroup {
  /** What is plotted, with its unit: one unit per chart, so one axis reads true. */
  readonly title: string;
  readonly keys: readonly string[];
  readonly counter?: boolean;
  readonly fractional?: boolean;
  /** Only for nodes that have this gauge (Lambda's Succeeded counts invocations, not messages). */
  readonly when?: string;
  label?(key: string): string;
}

/** What a service brings to the page; the shell reads these and never names a service. */
export interface UiService {
  readonly name: string;
  /** The engine's description of the service: its words, scenario kinds and connection rules. */
  readonly description: ServiceDescription;
  readonly nodes: readonly UiNodeKind[];
  readonly edges: readonly UiEdgeKind[];
  /** What each of its lesson ids (LESSONS.md) teaches, in a few words: a badge's tooltip. */
  readonly lessons?: Readonly<Record<string, string>>;
  /** Its built-in scenarios, in teaching order. */
  readonly scenarios?: readonly BuiltInScenario[];
  /** Its tabs in the details panel, after the story and the inspector. */
  readonly panels?: readonly UiPanel[];
  readonly live?: UiLive;
  /** Its filter buttons in the event log, and which of them an event (its own or an actor's) is in. */
  readonly log?: { readonly groups: readonly LogGroup[]; groupsOf(event: EngineEvent): string[] };
  /** What the announcer reads, in the order it reads them. */
  readonly moments?: readonly Moment[];
  /** The charts of its resources' gauges and of its actors'; any other gauge gets a chart alone. */
  readonly charts?: {
    readonly resource?: readonly ChartGroup[];
    readonly actor?: readonly ChartGroup[];
  };
}
