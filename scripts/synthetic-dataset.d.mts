/** The dataset with every figure copied factor − 1 times under new ids (id-x2 … id-xN): same schema, N times the figures. */
export function scaledDataset<T extends { figures: readonly { id: string }[] }>(dataset: T, factor: number): T;
