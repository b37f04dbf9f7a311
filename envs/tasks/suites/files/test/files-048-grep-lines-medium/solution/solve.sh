#!/usr/bin/env bash
grep 'orchid' /workspace/river.log > /workspace/pepper.log
