// react-dom ships this entry point, @types/react-dom only types "react-dom/server".
declare module "react-dom/server.browser" {
  export { renderToReadableStream } from "react-dom/server";
}
