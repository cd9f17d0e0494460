/** Where the app fetches a geodata/ file from: beside the page, so the build works from any path. */
export const geodataUrl = (path: string) => `${import.meta.env.BASE_URL}geodata/${path}`;
