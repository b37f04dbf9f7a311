#!/usr/bin/env bash
echo -16433482 > /workspace/answer.txt
