/** Internal: the GP Connect 1.6.2 provider (STU3): request validation (headers, interaction ids, JWT), structured record selection and rendering, foundations and Access Document. */
package dev.carerecord.sdk.sandbox.gpconnect;
