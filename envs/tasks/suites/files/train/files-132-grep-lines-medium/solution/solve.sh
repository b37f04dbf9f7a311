#!/usr/bin/env bash
grep 'island' /workspace/brick.log > /workspace/olive.log
