/**
 * Optional Micrometer metrics for the pipeline. Only this package refers to Micrometer, which is an optional
 * dependency: the rest of the SDK loads without it.
 */
package dev.carerecord.sdk.core.http.micrometer;
