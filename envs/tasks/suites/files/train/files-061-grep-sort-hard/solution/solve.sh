#!/usr/bin/env bash
grep 'island' /workspace/river.log | sort > /workspace/sunny.log
