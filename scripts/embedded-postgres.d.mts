export declare const DEPARTMENTS: readonly ["center", "justice", "court", "procuratorate"];
export declare function freePort(): Promise<number>;
export declare function startCluster(options: {
  dataDir: string;
  port: number;
  onLog?: (message: string) => void;
  databases?: readonly string[];
  prefix?: string;
}): Promise<{ urls: Record<string, string>; stop: () => Promise<void> }>;
