/** Where the app fetches a geodata/ file or a seed text from: beside the page, so the build works from any path. */
export const geodataUrl = (path: string) => `${import.meta.env.BASE_URL}geodata/${path}`;
export const seedUrl = (file: string) => `${import.meta.env.BASE_URL}seeds/${encodeURIComponent(file)}`;
