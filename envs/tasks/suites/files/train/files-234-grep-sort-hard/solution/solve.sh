#!/usr/bin/env bash
grep 'cloud' /workspace/mango.log | sort > /workspace/frost.log
