#!/usr/bin/env bash
grep 'cloud' /workspace/river.log > /workspace/harbor.log
