export declare function medianMs(task: () => Promise<unknown>, options: { rounds: number; warmup?: number }): Promise<number>;
