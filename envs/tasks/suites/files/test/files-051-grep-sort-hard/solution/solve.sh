#!/usr/bin/env bash
grep 'meadow' /workspace/apple.log | sort > /workspace/brick.log
