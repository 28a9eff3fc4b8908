package org.conflictledger.strike;

public enum WeaponCategory {
    DRONE, CRUISE_MISSILE, BALLISTIC_MISSILE, GUIDED_BOMB, ARTILLERY, MIXED, UNKNOWN
}
