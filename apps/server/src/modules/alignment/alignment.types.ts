import type { AlignmentIssueKind, Direction, IndicatorKind } from '@gongbian/alignment';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { AnchorState } from '../../domain.js';
import { AnchorStateEnum, asEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import { Plan } from '../plan/index.js';
import { Anchor, AnchorInput } from '../thread/index.js';
import type { AlignmentIssueEntity, HigherTargetEntity, IndicatorEntity } from './alignment.entity.js';

export const INDICATOR_KINDS = ['BINDING', 'EXPECTED'] as const satisfies readonly IndicatorKind[];
export const DIRECTIONS = ['AT_LEAST', 'AT_MOST'] as const satisfies readonly Direction[];
export const ISSUE_KINDS = [
  'WEAKER_THAN_MASTER',
  'WEAKER_THAN_HIGHER',
  'UNIT_MISMATCH',
  'YEAR_MISMATCH',
  'SOURCE_CHANGED',
  'SOURCE_ORPHANED',
  'NO_SOURCE',
] as const satisfies readonly AlignmentIssueKind[];

export const IndicatorKindEnum = asEnum(INDICATOR_KINDS);
export const TargetDirectionEnum = asEnum(DIRECTIONS);
export const AlignmentIssueKindEnum = asEnum(ISSUE_KINDS);
registerEnumType(IndicatorKindEnum, { name: 'IndicatorKind', description: '约束性 (BINDING) / 预期性 (EXPECTED).' });
registerEnumType(TargetDirectionEnum, {
  name: 'TargetDirection',
  description: 'Whether a stronger target is higher (AT_LEAST) or lower (AT_MOST).',
});
registerEnumType(AlignmentIssueKindEnum, { name: 'AlignmentIssueKind' });

/** Years a plan's figures may speak of (checked by the service, after the asker is known). */
export const YEARS = { min: 1949, max: 2100 } as const;
/** Figures beyond this are typing mistakes, not targets. */
const FIGURE_BOUND = 1e12;

@ObjectType('HigherTarget', { implements: Node })
export class HigherTarget extends Node {
  @Field(() => String, { description: 'e.g. 《"十四五"国家应急体系规划》' }) document: string;
  @Field(() => String) name: string;
  @Field(() => String) unit: string;
  @Field(() => Float) target: number;
  @Field(() => Int) targetYear: number;
  @Field(() => TargetDirectionEnum) direction: Direction;

  static from(e: HigherTargetEntity): HigherTarget {
    return Object.assign(new HigherTarget(), {
      id: e.id,
      document: e.document,
      name: e.name,
      unit: e.unit,
      target: e.target,
      targetYear: e.targetYear,
      direction: e.direction,
    });
  }
}

@ObjectType('Indicator', { implements: Node })
export class Indicator extends Node {
  @Field(() => String) name: string;
  @Field(() => String, { description: 'As written (%, 个, 小时 …); empty for a figure without a unit.' })
  unit: string;
  @Field(() => Float, { nullable: true }) baseline: number | null;
  @Field(() => Int, { nullable: true }) baselineYear: number | null;
  @Field(() => Float) target: number;
  @Field(() => Int) targetYear: number;
  @Field(() => IndicatorKindEnum) kind: IndicatorKind;
  @Field(() => TargetDirectionEnum) direction: Direction;
  @Field(() => Anchor, { nullable: true, description: 'The passage of the plan’s newest draft that states it.' })
  source: Anchor | null;
  @Field(() => AnchorStateEnum, { nullable: true }) sourceState: AnchorState | null;
  @Field(() => Int, { description: 'Raised by every change; updateIndicator takes it as expectedVersion.' })
  version: number;
  @Field(() => ID, { nullable: true, description: 'The draft (version) its source passage is in.' })
  sourceDraftId: string | null;
  entity: IndicatorEntity;

  static from(e: IndicatorEntity): Indicator {
    const anchored = e.blockId !== null && e.anchorStart !== null && e.anchorEnd !== null;
    return Object.assign(new Indicator(), {
      id: e.id,
      name: e.name,
      unit: e.unit,
      baseline: e.baseline,
      baselineYear: e.baselineYear,
      target: e.target,
      targetYear: e.targetYear,
      kind: e.kind,
      direction: e.direction,
      source: anchored
        ? {
            blockId: e.blockId,
            start: e.anchorStart,
            end: e.anchorEnd,
            quote: e.quote ?? '',
            prefix: e.prefix ?? '',
            suffix: e.suffix ?? '',
          }
        : null,
      sourceState: e.sourceState,
      version: e.version,
      sourceDraftId: e.draftId,
      entity: e,
    });
  }
}

@ObjectType('AlignmentIssue')
export class AlignmentIssue {
  @Field(() => AlignmentIssueKindEnum) kind: AlignmentIssueKind;
  @Field(() => String, { description: 'One Chinese sentence with the figures.' }) detail: string;
  // indicator, against, againstHigher and thread: field resolvers, by loader.
  row: AlignmentIssueEntity;

  static from(row: AlignmentIssueEntity): AlignmentIssue {
    return Object.assign(new AlignmentIssue(), { kind: row.kind, detail: row.detail, row });
  }
}

@ObjectType('AlignmentCell')
export class AlignmentCell {
  @Field(() => Plan) plan: Plan;
  @Field(() => [Indicator]) indicators: Indicator[];
}

@ObjectType('AlignmentRow')
export class AlignmentRow {
  @Field(() => Indicator) master: Indicator;
  @Field(() => [AlignmentCell]) cells: AlignmentCell[];
}

@ObjectType('AlignmentMatrix')
export class AlignmentMatrix {
  @Field(() => [Plan], { description: 'The X plans (every plan but the master plan), in the programme’s order.' })
  plans: Plan[];
  @Field(() => [AlignmentRow], { description: 'One row per master-plan indicator, one cell per X plan.' })
  rows: AlignmentRow[];
  @Field(() => [Indicator], { description: 'The X plans’ indicators that support no master-plan indicator.' })
  unlinked: Indicator[];
  @Field(() => [AlignmentIssue]) issues: AlignmentIssue[];
}

@ObjectType('IndicatorSuggestion')
export class IndicatorSuggestion {
  @Field(() => String) name: string;
  @Field(() => String) unit: string;
  @Field(() => Float, { nullable: true }) baseline: number | null;
  @Field(() => Int, { nullable: true }) baselineYear: number | null;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => Int, { nullable: true }) targetYear: number | null;
  @Field(() => IndicatorKindEnum, { nullable: true }) kind: IndicatorKind | null;
  @Field(() => TargetDirectionEnum, { nullable: true }) direction: Direction | null;
  @Field(() => Anchor) source: Anchor;
}

@InputType()
export class IndicatorInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a plan id' }) planId: string;
  @Field(() => String) @MinLength(1) @MaxLength(200) name: string;
  @Field(() => String) @MaxLength(20) unit: string;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-FIGURE_BOUND)
  @Max(FIGURE_BOUND)
  baseline?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() baselineYear?: number | null;
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-FIGURE_BOUND)
  @Max(FIGURE_BOUND)
  target: number;
  @Field(() => Int) @IsInt() targetYear: number;
  @Field(() => IndicatorKindEnum) @IsIn(INDICATOR_KINDS) kind: IndicatorKind;
  @Field(() => TargetDirectionEnum) @IsIn(DIRECTIONS) direction: Direction;
  @Field(() => AnchorInput, { nullable: true, description: 'In the plan’s newest draft.' })
  @IsOptional()
  @ValidateNested()
  source?: AnchorInput | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be an indicator id' }) supportsId?:
    | string
    | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'must be a higher target id' }) citesId?:
    | string
    | null;
}

@InputType()
export class DefineIndicatorInput {
  @Field(() => IndicatorInput) @ValidateNested() indicator: IndicatorInput;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class DefineIndicatorPayload {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class UpdateIndicatorInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be an indicator id' }) indicatorId: string;
  @Field(() => IndicatorInput) @ValidateNested() indicator: IndicatorInput;
  @Field(() => Int) @IsInt() @Min(1) expectedVersion: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class UpdateIndicatorPayload {
  @Field(() => Indicator) indicator: Indicator;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}

@InputType()
export class DefineHigherTargetInput {
  @Field(() => ID) @IsUUID('all', { message: 'must be a programme id' }) programId: string;
  @Field(() => String) @MinLength(1) @MaxLength(200) document: string;
  @Field(() => String) @MinLength(1) @MaxLength(200) name: string;
  @Field(() => String) @MaxLength(20) unit: string;
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-FIGURE_BOUND)
  @Max(FIGURE_BOUND)
  target: number;
  @Field(() => Int) @IsInt() targetYear: number;
  @Field(() => TargetDirectionEnum) @IsIn(DIRECTIONS) direction: Direction;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) clientMutationId?: string;
}

@ObjectType()
export class DefineHigherTargetPayload {
  @Field(() => HigherTarget) higherTarget: HigherTarget;
  @Field(() => String, { nullable: true }) clientMutationId: string | null;
}
