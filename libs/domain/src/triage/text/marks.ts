/**
 * Combining marks of the Thai, Lao and Myanmar blocks (vowel signs, tone marks, medials, asat).
 * A term must not end right before one of them ("หนี" flee is not the start of "หนี้" debt). An
 * explicit class instead of \p{M}: hundreds of terms carry it, and \p{M} made the regexes slow
 * to compile.
 */
export const COMBINING_MARK =
  '[\\u0E31\\u0E34-\\u0E3A\\u0E47-\\u0E4E\\u0EB1\\u0EB4-\\u0EBC\\u0EC8-\\u0ECD\\u102B-\\u103E\\u1056-\\u1059\\u105E-\\u1060\\u1062-\\u1064\\u1067-\\u106D\\u1071-\\u1074\\u1082-\\u108D\\u108F\\u109A-\\u109D]';
