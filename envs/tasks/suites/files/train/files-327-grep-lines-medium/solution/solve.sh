#!/usr/bin/env bash
grep 'jasper' /workspace/pepper.log > /workspace/mango.log
