#!/usr/bin/env bash
grep 'WARN' /workspace/island.log | sort > /workspace/olive.log
