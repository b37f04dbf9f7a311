#!/usr/bin/env bash
grep 'saddle' /workspace/nectar.log > /workspace/tiger.log
