#!/usr/bin/env bash
grep -v 'sunny' /workspace/mango.log > /workspace/pepper.log
