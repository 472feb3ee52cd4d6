import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MentoringRequest } from './request.entity.js';

/** A mentor's question about a request, or the mentee's answer, in the order they were written. */
@Entity({ name: 'request_exchanges' })
@Index('request_exchanges_request', ['requestId', 'createdAt'])
@Check('request_exchanges_author_side', `"author_side" IN ('mentor', 'mentee')`)
export class RequestExchange {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId!: string;
  @ManyToOne(() => MentoringRequest, (request) => request.exchanges, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request?: Relation<MentoringRequest>;
  /** The choice (mentor) the exchange belongs to. */
  @Column({ type: 'smallint' }) rank!: number;
  @Column({ name: 'author_side', type: 'varchar', length: 10 }) authorSide!: 'mentor' | 'mentee';
  @Column({ name: 'author_id', type: 'uuid' }) authorId!: string;
  @Column({ type: 'varchar', length: 1000 }) text!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
