import { data } from "@remix-run/node";

// The thrown answers the shared error boundary renders in the reader's
// language. The access module re-exports them for permission denials;
// utils (parameter checks) throw them directly.

/** 403: the viewer sees the object but may not do this with it. */
export const forbidden = () => data({ reason: "forbidden" }, { status: 403 });
/** 404: no such object, or one whose existence the viewer may not learn. */
export const notFound = () => data({ reason: "notFound" }, { status: 404 });
