#!/usr/bin/env bash
grep 'nectar' /workspace/sunny.log | sort > /workspace/delta.log
