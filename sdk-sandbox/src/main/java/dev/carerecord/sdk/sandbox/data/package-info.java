/** Internal: the synthetic world (practices, consumers, patients) and version-neutral clinical records; renderers for STU3 and R4 read these and never change them, so every API serves the same patients with the same business identifiers. */
package dev.carerecord.sdk.sandbox.data;
