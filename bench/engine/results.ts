/** The shape of bench/results.json (`pnpm bench --json`). */
export interface EngineResults {
  /** Throughput of the engine (explanations off) over json-rules-engine's, same sample and run. */
  engineVsJsonRulesEngine: number;
  /** Time of the engine (explanations off) over the hand-written functions', same sample and run. */
  engineVsHandwritten: number;
  /** Time of the engine with explanations on over off. */
  explainOverhead: number;
  /** Time of the engine with explanations on over the hand-written functions'. */
  engineExplainOnVsHandwritten: number;
  /** Peak RSS of the child process that streamed `subjectYears` subject-years. */
  peakRssMiB: number;
  /** Subject-years streamed through the engine in the child process. */
  subjectYears: number;
  size: 'small' | 'full';
  date: string;
  sample: { subjectYears: number; rounds: number; disagreements: { handwritten: number; jsonRulesEngine: number }; outcomes: Record<string, Record<string, number>> };
  microsPerSubjectYear: { handwritten: number; engineExplainOff: number; engineExplainOn: number; jsonRulesEngine: number; explanationHash: number };
  /**
   * `explanationHash` alone (SHA-256 of the canonical structure of each sampled decision, which
   * every decision with explanations carries) over the hand-written functions' time, same rounds:
   * a floor under `engineExplainOnVsHandwritten` while decisions are hashed as they are made.
   */
  hashVsHandwritten: number;
  /** µs per subject-year of each round, by contender (the ratios above are medians of per-round ratios). */
  rounds: { off: number[]; on: number[]; hand: number[]; jre: number[]; hash: number[] };
  linearity: { subjectYears: number; seconds: number; evaluationSeconds: number; microsPerSubjectYear: number }[];
  /** Non-TdktError exceptions over `robustnessInputs` generated (partly malformed) inputs. */
  untypedErrors: number;
  robustnessInputs: number;
  typedErrors: number;
  targets: Record<string, { target: string; met: boolean }>;
  machine: { nproc: number; cpu: string; node: string; memory: string; loadAverage: number[] };
  seconds: number;
}
