#!/usr/bin/env bash
grep 'meadow' /workspace/pepper.log > /workspace/brick.log
