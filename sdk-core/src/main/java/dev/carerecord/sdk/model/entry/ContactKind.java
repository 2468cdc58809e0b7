package dev.carerecord.sdk.model.entry;

/** A personal contact (next of kin, carer, LPA) or a professional one. */
public enum ContactKind { PERSONAL, PROFESSIONAL }
